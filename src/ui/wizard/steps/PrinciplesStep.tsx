import { PRINCIPLES } from '../../../domain';
import { BoundArea } from '../../components/bound';

export function PrinciplesStep() {
  return (
    <>
      {PRINCIPLES.map((p) => (
        <BoundArea path={`principles.${p.id}`} rows={3} />
      ))}
    </>
  );
}
