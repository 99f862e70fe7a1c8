// Every action of the store, and the one object of named action creators the components dispatch.
import { canvasActions, type CanvasAction } from './canvas';
import { dashboardActions, type DashboardAction } from './dashboard';
import { filterActions, type FilterAction } from './filters';
import { languageActions, type LanguageAction } from './language';
import { matchActions, type MatchAction } from './matches';
import { modeActions, type ModeAction } from './mode';
import { pathActions, type PathAction } from './paths';
import { resourceActions, type ResourceAction } from './resources';
import { searchActions, type SearchAction } from './search';
import { selectionActions, type SelectionAction } from './selection';
import { timelineActions, type TimelineAction } from './timeline';

export type AppAction =
  | LanguageAction
  | ModeAction
  | SelectionAction
  | CanvasAction
  | FilterAction
  | TimelineAction
  | PathAction
  | SearchAction
  | ResourceAction
  | DashboardAction
  | MatchAction;

export const actions = {
  ...languageActions,
  ...modeActions,
  ...selectionActions,
  ...canvasActions,
  ...filterActions,
  ...timelineActions,
  ...pathActions,
  ...searchActions,
  ...resourceActions,
  ...dashboardActions,
  ...matchActions,
};
