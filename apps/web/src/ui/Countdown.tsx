import { useEffect, useState } from 'react';

import { useI18n } from '../i18n/i18n';

/** "in 3 days" / "5 minutes ago", refreshed every 30 s; the absolute time is shown next to it. */
export function Countdown({ until }: { until: string }) {
  const { locale, t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const ms = new Date(until).getTime() - now;
  const abs = Math.abs(ms);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs >= 86_400_000 ? [ms / 86_400_000, 'day'] : abs >= 3_600_000 ? [ms / 3_600_000, 'hour'] : [ms / 60_000, 'minute'];
  return (
    <span className="countdown">
      {ms > 0
        ? t('countdown.closes', { when: format.format(Math.round(value), unit) })
        : t('countdown.closed', { when: format.format(Math.round(value), unit) })}
    </span>
  );
}
