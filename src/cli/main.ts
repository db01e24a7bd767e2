import { DATASETS } from '../core/datasets';

console.log(DATASETS.map((d) => d.id).join('\n'));
