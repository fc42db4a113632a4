import { type FormEvent, useMemo, useState } from 'react';

import { useI18n } from '../../i18n/i18n';
import { countryOptions } from '../../lib/countries';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { SelectField, TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { AdminCreateOrganisationDocument } from './admin-documents';

/** A new buying organisation (vendors register themselves). */
export function CreateOrganisationForm({ onCreated }: { onCreated(organisation: { id: string; name: string }): void }) {
  const { t, locale } = useI18n();
  const create = useMutation(AdminCreateOrganisationDocument);
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const fieldErrors = useFieldErrors(errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string[]> = {};
    if (!name.trim()) local.name = ['REQUIRED'];
    if (!country) local.country = ['REQUIRED'];
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const { createBuyerOrganisation } = await create({ input: { name: name.trim(), country } });
      setName('');
      setCountry('');
      onCreated(createBuyerOrganisation);
    } catch (e) {
      setErrors(errorsByField(e instanceof ApiError ? e : new ApiError([]), ['name', 'country']));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-organisation-heading">
      <h3 id="create-organisation-heading">{t('admin.createOrganisation')}</h3>
      <FormErrors errors={errors} />
      <div className="filters">
        <TextField
          label={t('admin.organisationName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          errors={fieldErrors('name')}
        />
        <SelectField
          label={t('admin.country')}
          value={country}
          onChange={(e) => setCountry(e.target.value)}
          options={[{ value: '', label: t('common.choose') }, ...countries]}
          errors={fieldErrors('country')}
        />
      </div>
      <button type="submit">{t('admin.createOrganisationSubmit')}</button>
    </form>
  );
}
