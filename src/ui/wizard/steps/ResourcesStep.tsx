import { BoundArea } from '../../components/bound';

export function ResourcesStep() {
  return (
    <>
      <BoundArea path="resources.staff" rows={3} />
      <BoundArea path="resources.volunteers" rows={3} />
      <BoundArea path="resources.premises" rows={3} />
      <BoundArea path="resources.selfFinancing" rows={3} />
    </>
  );
}
