import { BoundArea } from '../../components/bound';

export function NeedStep() {
  return (
    <>
      <BoundArea path="need.problem" rows={6} />
      <BoundArea path="need.evidence" rows={5} />
      <BoundArea path="need.participation" rows={4} />
    </>
  );
}
