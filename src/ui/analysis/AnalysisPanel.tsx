import { PowerView } from './PowerView';
import { ProbabilityView } from './ProbabilityView';
import { UndecidedPathsView } from './UndecidedPathsView';
import { WhatIfSetup } from './WhatIfSetup';
import { WhatItTakesView } from './WhatItTakesView';
import './analysis.css';

/** Heavy analysis, loaded on demand and computed in a worker. */
export default function AnalysisPanel() {
  return (
    <div className="analysis">
      <WhatIfSetup />
      <WhatItTakesView />
      <UndecidedPathsView />
      <ProbabilityView />
      <PowerView />
    </div>
  );
}
