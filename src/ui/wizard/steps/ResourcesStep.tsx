import { BoundArea } from '../../components/bound';

/** Volunteers and premises (the staff are the budget's rows; self-financing is with the money). */
export function ResourcesStep() {
  return (
    <>
      <BoundArea path="resources.volunteers" rows={3} />
      <BoundArea path="resources.premises" rows={3} />
    </>
  );
}
