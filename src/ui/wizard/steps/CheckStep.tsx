import { FitReportView } from './FitReportView';
import { SelfAssessment } from './SelfAssessment';
import { SummaryStep } from './SummaryStep';

/** "Tarkista ja vie": the fit check, the association's own estimate, the whole paper and the export. */
export function CheckStep() {
  return (
    <>
      <FitReportView />
      <SelfAssessment />
      <SummaryStep />
    </>
  );
}
