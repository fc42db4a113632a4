/**
 * What a vendor does in the console, step by step, through the controls a person sees (roles and
 * labels from the message catalogues), in either language.
 */
import type { Page } from 'playwright-core';

import { containing, exactly, type Locale, type Messages, messages } from './console-messages';

export interface CriterionInfo {
  code: string;
  answerType: string;
}

/** Picks the language with the switch in the header (named in whichever language the page shows now). */
export async function useLanguage(page: Page, locale: Locale): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === locale) return;
  const name = new RegExp(`^(${messages('en')('nav.language')}|${messages('fr')('nav.language')})$`);
  await page.getByRole('combobox', { name }).selectOption(locale);
  await page.waitForFunction(`document.documentElement.lang === '${locale}'`);
}

export async function registerVendor(
  page: Page,
  m: Messages,
  vendor: { organisation: string; email: string; name: string },
): Promise<void> {
  await page.getByRole('link', { name: m('nav.register') }).click();
  await page.getByRole('heading', { level: 1, name: m('register.title') }).waitFor();
  await page.getByLabel(m('field.organisationName')).fill(vendor.organisation);
  await page.getByLabel(m('field.country')).selectOption('EE');
  await page.getByLabel(m('field.headcount')).fill('12');
  await page.getByLabel(m('field.turnover')).fill('3000000');
  await page.getByLabel(m('field.balanceSheet')).fill('1500000');
  await page.getByLabel(m('field.displayName')).fill(vendor.name);
  await page.getByLabel(m('field.email')).fill(vendor.email);
  await page.getByLabel(m('field.password'), { exact: true }).fill('vendor-browser-password');
  await page.getByRole('button', { name: m('register.submit') }).click();
  await page.getByRole('heading', { level: 1, name: m('register.doneTitle') }).waitFor();
}

const group = (page: Page, code: string) => page.getByRole('group', { name: new RegExp(`^${code} ·`) });

/** Fills one criterion with the control its answer type gets. */
async function answer(page: Page, m: Messages, criterion: CriterionInfo, value: unknown): Promise<void> {
  const { code, answerType } = criterion;
  const option = (o: string) => m(`option.${o}` as Parameters<Messages>[0]);
  switch (answerType) {
    case 'BOOLEAN':
      await group(page, code)
        .getByRole('radio', { name: value ? m('common.yes') : m('common.no') })
        .check();
      return;
    case 'ENUM':
      await group(page, code)
        .getByRole('radio', { name: exactly(option(value as string)) })
        .check();
      return;
    case 'ENUM_SET':
      for (const o of value as string[])
        await group(page, code)
          .getByRole('checkbox', { name: exactly(option(o)) })
          .check();
      return;
    case 'COUNTRY':
      await page.getByRole('combobox', { name: new RegExp(`^${code} ·`) }).selectOption(value as string);
      return;
    case 'COUNTRY_LIST':
      for (const country of value as string[]) {
        await group(page, code)
          .getByRole('combobox', { name: m('attestation.addCountry') })
          .selectOption(country);
        await group(page, code)
          .getByRole('button', { name: m('attestation.add') })
          .click();
      }
      return;
    case 'OWNERSHIP':
      for (const [i, holding] of (value as { country: string; percent: number }[]).entries()) {
        await group(page, code)
          .getByRole('button', { name: m('attestation.addHolding') })
          .click();
        await group(page, code)
          .getByRole('combobox', { name: m('attestation.holdingCountry', { n: i + 1 }) })
          .selectOption(holding.country);
        await group(page, code)
          .getByLabel(m('attestation.holdingPercent', { n: i + 1 }))
          .fill(String(holding.percent));
      }
      return;
  }
}

/** The wizard: three pillars, the review, the signature. */
export async function attest(
  page: Page,
  m: Messages,
  criteria: (CriterionInfo & { pillar: string })[],
  answers: Record<string, unknown>,
  onStep: (pillar: string) => Promise<void> = async () => undefined,
): Promise<void> {
  await page.getByRole('button', { name: m('attestation.start') }).click();
  for (const pillar of ['DATA', 'OPERATIONAL', 'TECHNOLOGICAL']) {
    await page.getByRole('heading', { level: 2, name: containing(m(`pillar.${pillar}` as 'pillar.DATA')) }).waitFor();
    for (const criterion of criteria.filter((c) => c.pillar === pillar)) await answer(page, m, criterion, answers[criterion.code]);
    await onStep(pillar);
    await page.getByRole('button', { name: m('attestation.next') }).click();
  }
  await page.getByRole('heading', { level: 2, name: m('attestation.reviewTitle') }).waitFor();
}

export async function sign(page: Page, m: Messages, signatory: string): Promise<void> {
  await page.getByLabel(m('attestation.signatory')).fill(signatory);
  await page.getByRole('button', { name: m('attestation.sign') }).click();
  await page.getByText(containing(m('attestation.signed', { version: 1 }))).waitFor();
}

export async function openNav(
  page: Page,
  m: Messages,
  key: 'nav.challenges' | 'nav.attestation' | 'nav.submissions' | 'nav.contracts' | 'nav.metrics',
): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: m(key) })
    .click();
}

/** A challenge card on the discovery page, found by its title. */
export const card = (page: Page, title: string) => page.getByRole('article', { name: title });

/** Presses Tab until the focused element is named `name` (its label, aria-label or text); fails after 80 presses. */
export async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(
      `(el => !el ? '' : el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label') || el.textContent)(document.activeElement)`,
    )) as string;
    if (focused.trim() === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}
