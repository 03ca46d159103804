import { LEGAL_FORMS } from '../../../domain';
import { BoundArea, BoundSelect, BoundText } from '../../components/bound';

export function ApplicantStep() {
  return (
    <>
      <BoundText path="applicant.name" autoComplete="organization" />
      <BoundSelect path="applicant.legalForm" options={LEGAL_FORMS} />
      <BoundText path="applicant.businessId" />
      <BoundText path="applicant.contactPerson" autoComplete="name" />
      <BoundText path="applicant.email" type="email" inputMode="email" autoComplete="email" />
      <BoundText path="applicant.phone" type="tel" inputMode="tel" autoComplete="tel" />
      <BoundArea path="applicant.experience" />
    </>
  );
}
