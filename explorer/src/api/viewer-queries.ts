// Who the API takes the page's caller to be (the API key's name and role): the explorer shows private fields and
// the network exports by it instead of asking and failing.
import type { ExplorerViewerQuery, ExplorerViewerQueryVariables } from './generated/operations';
import { typedDocument } from './graphql-client';

export const VIEWER_QUERY = typedDocument<ExplorerViewerQuery, ExplorerViewerQueryVariables>(
  'ExplorerViewer',
  /* GraphQL */ `
    query ExplorerViewer {
      viewer {
        name
        role
      }
    }
  `,
);

export type Viewer = ExplorerViewerQuery['viewer'];
