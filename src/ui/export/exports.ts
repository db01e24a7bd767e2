/** The scenario bar's exports, loaded when one is asked for: the first screen never carries them. */
export { positionsCsv, summaryText } from '../../core/scenario/report';
export { renderVerdictPng } from './exportPng';
