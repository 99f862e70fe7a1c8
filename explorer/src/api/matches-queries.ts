// The partner-matches panel's documents: partnerMatches, introducers, recordMatchFeedback and the organisation
// matched for (its name and needs). The path fragment is queries.ts's, so paths draw as the path finder's do.
import type {
  ExplorerIntroducersQuery,
  ExplorerIntroducersQueryVariables,
  ExplorerMatchingWeightsQuery,
  ExplorerMatchingWeightsQueryVariables,
  ExplorerMatchOrganizationQuery,
  ExplorerMatchOrganizationQueryVariables,
  ExplorerPartnerMatchesQuery,
  ExplorerPartnerMatchesQueryVariables,
  ExplorerRecordMatchFeedbackMutation,
  ExplorerRecordMatchFeedbackMutationVariables,
} from './generated/operations';
import { typedDocument } from './graphql-client';
import { COLLABORATION_PATH_FIELDS } from './queries';

const MATCH_FEEDBACK_FIELDS = /* GraphQL */ `
  fragment MatchFeedbackFields on MatchFeedback {
    decision
    note
    recordedBy
    recordedAt
    candidate {
      id
    }
  }
`;

export const MATCH_ORGANIZATION_QUERY = typedDocument<
  ExplorerMatchOrganizationQuery,
  ExplorerMatchOrganizationQueryVariables
>(
  'ExplorerMatchOrganization',
  /* GraphQL */ `
    query ExplorerMatchOrganization($id: ID!, $withPrivate: Boolean!) {
      organization(id: $id) {
        id
        name
        nameEn
        kind
        # Staff-only: without it a public caller still gets the organisation's name (the panel says matches need staff).
        needs @include(if: $withPrivate) {
          priority
          capability {
            id
            name
            nameEn
          }
        }
      }
    }
  `,
);

export const PARTNER_MATCHES_QUERY = typedDocument<ExplorerPartnerMatchesQuery, ExplorerPartnerMatchesQueryVariables>(
  'ExplorerPartnerMatches',
  /* GraphQL */ `
    query ExplorerPartnerMatches($orgId: ID!, $need: ID, $first: Int, $filter: MatchFilter) {
      partnerMatches(orgId: $orgId, need: $need, first: $first, filter: $filter) {
        rank
        score
        explanation
        explanationEn
        candidate {
          id
          name
          nameEn
          kind
          synthetic
          hub {
            id
            name
            nameEn
          }
        }
        scoreParts {
          factor
          value
          weight
          contribution
        }
        reasons {
          factor
          text
          textEn
          offered {
            id
            name
            nameEn
          }
          wanted {
            id
            name
            nameEn
          }
          events {
            id
            name
            nameEn
            date
          }
          projects {
            id
            title
            titleEn
          }
          via {
            id
            name
            nameEn
          }
        }
        introductionPaths {
          ...CollaborationPathFields
        }
        feedback {
          ...MatchFeedbackFields
        }
      }
    }
    ${COLLABORATION_PATH_FIELDS}
    ${MATCH_FEEDBACK_FIELDS}
  `,
);

export const INTRODUCERS_QUERY = typedDocument<ExplorerIntroducersQuery, ExplorerIntroducersQueryVariables>(
  'ExplorerIntroducers',
  /* GraphQL */ `
    query ExplorerIntroducers($from: ID!, $to: ID!, $first: Int) {
      introducers(from: $from, to: $to, first: $first) {
        score
        text
        textEn
        organization {
          id
          name
          nameEn
          kind
        }
      }
    }
  `,
);

export const MATCHING_WEIGHTS_QUERY = typedDocument<
  ExplorerMatchingWeightsQuery,
  ExplorerMatchingWeightsQueryVariables
>(
  'ExplorerMatchingWeights',
  /* GraphQL */ `
    query ExplorerMatchingWeights {
      matchingWeights {
        outcome
        from
        to
        eligibleOrganizations
        scoredOrganizations
        weights {
          factor
          weight
        }
      }
    }
  `,
);

export const RECORD_MATCH_FEEDBACK_MUTATION = typedDocument<
  ExplorerRecordMatchFeedbackMutation,
  ExplorerRecordMatchFeedbackMutationVariables
>(
  'ExplorerRecordMatchFeedback',
  /* GraphQL */ `
    mutation ExplorerRecordMatchFeedback($orgId: ID!, $candidateId: ID!, $decision: MatchDecision!, $note: String) {
      recordMatchFeedback(orgId: $orgId, candidateId: $candidateId, decision: $decision, note: $note) {
        ...MatchFeedbackFields
      }
    }
    ${MATCH_FEEDBACK_FIELDS}
  `,
);

export type PartnerMatch = ExplorerPartnerMatchesQuery['partnerMatches'][number];
export type MatchReason = PartnerMatch['reasons'][number];
export type MatchScorePart = PartnerMatch['scoreParts'][number];
export type MatchFeedback = NonNullable<PartnerMatch['feedback']>;
export type MatchOrganization = ExplorerMatchOrganizationQuery['organization'];
export type Introducer = ExplorerIntroducersQuery['introducers'][number];
export type MatchingWeights = ExplorerMatchingWeightsQuery['matchingWeights'];
export type { MatchDecision, MatchFactor, MatchFilter } from './generated/operations';
