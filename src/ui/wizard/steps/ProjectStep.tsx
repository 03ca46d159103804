import { REGIONS } from '../../../domain';
import { BoundArea, BoundChecks, BoundText } from '../../components/bound';

export function ProjectStep() {
  return (
    <>
      <BoundText path="project.name" />
      <BoundArea path="project.summary" rows={6} />
      <div class="row">
        <BoundText path="project.startMonth" type="month" />
        <BoundText path="project.endMonth" type="month" />
      </div>
      <BoundChecks path="project.regions" options={REGIONS} />
      <BoundText path="project.municipalities" />
    </>
  );
}
