/**
 * Field-level checks while the user types. They never block saving (an unfinished draft is
 * normal); each message names the field and tells what to do.
 */
import type { FieldRef } from './paths';
import { checkBusinessId } from './business-id';
import { LEGAL_FORMS } from './options';
import type { Draft } from './schema';

export interface FieldIssue {
  /** Dotted path of the field; list items use the item id: `actions.<id>.title`. */
  readonly field: FieldRef;
  readonly message: string;
  /** A likely meaning the user can accept with one tap (the field's new text). */
  readonly fix?: { readonly label: string; readonly value: string };
  /** 'note': the input was understood as said, no action needed. */
  readonly tone?: 'note';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[\d\s\-()]{5,20}$/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const WHOLE_NUMBER = /^\d{1,7}$/;

/** All field issues of a draft, in the order of the wizard. */
export function validateDraft(draft: Draft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: FieldRef, message: string) => issues.push({ field, message });
  const { applicant, project, targetGroup } = draft;

  const form = LEGAL_FORMS.find((f) => f.id === applicant.legalForm);
  if (form && !form.eligible) {
    add(
      'applicant.legalForm',
      `${form.label} ei voi hakea tätä rahoitusta: hakijan pitää olla oikeushenkilö, esimerkiksi rekisteröity yhdistys. Kysy koordinaattorilta, voisiko toinen yhdistys olla hakijana.`,
    );
  }
  if (applicant.businessId.trim()) {
    const problem = checkBusinessId(applicant.businessId);
    if (problem === 'format') {
      add(
        'applicant.businessId',
        'Y-tunnuksen muoto on seitsemän numeroa, viiva ja tarkistusnumero, esimerkiksi 1234567-1: tarkista tunnus.',
      );
    } else if (problem === 'checksum') {
      add('applicant.businessId', 'Y-tunnuksen tarkistusnumero ei täsmää: tarkista numero esimerkiksi YTJ-palvelusta.');
    }
  }
  if (applicant.email.trim() && !EMAIL.test(applicant.email.trim())) {
    add(
      'applicant.email',
      'Sähköpostiosoite näyttää vajaalta: tarkista, että siinä on @-merkki ja loppuosa, esimerkiksi nimi@yhdistys.fi.',
    );
  }
  if (applicant.phone.trim() && !PHONE.test(applicant.phone.trim())) {
    add('applicant.phone', 'Puhelinnumerossa voi olla vain numeroita, välilyöntejä ja alussa +-merkki, esimerkiksi 040 123 4567.');
  }
  for (const key of ['startMonth', 'endMonth'] as const) {
    if (project[key] && !MONTH.test(project[key])) {
      add(
        `project.${key}`,
        `${key === 'startMonth' ? 'Alkamiskuukausi' : 'Päättymiskuukausi'}: anna kuukausi muodossa vuosi-kuukausi, esimerkiksi 2027-09.`,
      );
    }
  }
  if (MONTH.test(project.startMonth) && MONTH.test(project.endMonth) && project.endMonth < project.startMonth) {
    add('project.endMonth', 'Päättymiskuukausi on ennen alkamiskuukautta: tarkista hankkeen päättymisaika.');
  }
  const count = targetGroup.participantCount.trim();
  if (count && !WHOLE_NUMBER.test(count.replace(/\s/g, ''))) {
    const estimate = participantEstimate(count);
    if (estimate !== null) {
      issues.push({ field: 'targetGroup.participantCount', message: `Luetaan arvioksi ${estimate} osallistujaa.`, tone: 'note' });
    } else {
      add('targetGroup.participantCount', 'Arvioitu osallistujamäärä: kirjoita pelkkä kokonaisluku, esimerkiksi 40.');
    }
  }
  return issues;
}

/** "noin 60", "n. 60", "~60", "60 henkilöä": the number meant, or null when there is none. */
export function participantEstimate(text: string): number | null {
  const m =
    /^(?:noin|n\.|n|~|ca\.?|arviolta|suunnilleen)?\s*(\d{1,3}(?:[\s\u00a0]?\d{3})*)\s*(?:henkilöä|hlöä|hlö|osallistujaa|ihmistä)?\.?$/i.exec(
      text.trim(),
    );
  return m ? Number(m[1]!.replace(/\s/g, '')) : null;
}

/** Issues of one field (for showing under the input). */
export function issuesFor(issues: readonly FieldIssue[], field: FieldRef): FieldIssue[] {
  return issues.filter((i) => i.field === field);
}
