import { BoundArea } from '../../components/bound';

export function CommunicationStep() {
  return <BoundArea path="communication" rows={5} />;
}
