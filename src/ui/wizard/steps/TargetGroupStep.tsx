import { TARGET_GROUPS } from '../../../domain';
import { BoundArea, BoundChecks, BoundText } from '../../components/bound';

export function TargetGroupStep() {
  return (
    <>
      <BoundChecks path="targetGroup.groups" options={TARGET_GROUPS} />
      <BoundText path="targetGroup.otherGroups" />
      <BoundText path="targetGroup.participantCount" inputMode="numeric" />
      <BoundArea path="targetGroup.reach" />
      <BoundArea path="targetGroup.secondaryGroups" rows={3} />
    </>
  );
}
