// The Mutation type: each write is its own module in ../mutations, wrapped by defineMutation.
import { importData } from '../mutations/import-data.ts';
import { addCollaboration } from '../mutations/add-collaboration.ts';
import { endCollaboration } from '../mutations/end-collaboration.ts';
import { recordAttendance } from '../mutations/record-attendance.ts';
import { recordMatchFeedback } from '../mutations/record-match-feedback.ts';
import { setCapabilities } from '../mutations/set-capabilities.ts';
import { setNeeds } from '../mutations/set-needs.ts';
import { upsertOrganization } from '../mutations/upsert-organization.ts';

export const mutationResolvers = {
  Mutation: {
    upsertOrganization,
    addCollaboration,
    endCollaboration,
    setCapabilities,
    setNeeds,
    recordAttendance,
    importData,
    recordMatchFeedback,
  },
};
