import { useI18n } from '../../i18n/i18n';
import { formatDuration, type Stage, stageClock } from './stage-clock';

/** The sprint's stages in order: when each finished and how long it took after the one before. */
export function StageClocks({ at }: { at: Record<Stage, string | null | undefined> }) {
  const { t, formatDateTime } = useI18n();
  return (
    <table>
      <caption>{t('officer.board.stages')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('officer.board.stage')}</th>
          <th scope="col">{t('officer.board.at')}</th>
          <th scope="col">{t('officer.board.took')}</th>
        </tr>
      </thead>
      <tbody>
        {stageClock(at).map((row) => (
          <tr key={row.stage}>
            <th scope="row">{t(`officer.stage.${row.stage}`)}</th>
            <td>{row.at ? formatDateTime(row.at) : t('officer.board.notYet')}</td>
            <td>{row.tookMs === null ? '–' : formatDuration(t, row.tookMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
