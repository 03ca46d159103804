/**
 * Everything after the first screen in one lazily loaded chunk: the wizard, the coordinator's
 * desk view and the desk's state (desk-module.ts says why they share one chunk).
 */
export { Wizard } from './wizard/Wizard';
export { DeskView } from './desk/DeskView';
export * as desk from '../state/stores/desk-module';
