// Turns a dataset read from CSV files (seed's readDataset) into the matching engine's plain rows, so the
// evaluation runs off files alone: deterministic, and independent of whatever the Neo4j database holds.
import type { Dataset } from '@siheung/seed';
import type { MatchingInput } from '../src/services/matching/matching-input.ts';

/** The engine's input for the whole dataset (every link, whatever its dates). */
export function datasetToMatchingInput(dataset: Dataset): MatchingInput {
  return {
    organizations: dataset.organizations.map((org) => ({
      id: org.id,
      name: org.name,
      nameEn: org.nameEn,
      kind: org.kind,
      hub: org.hub,
      sector: org.sector,
      founded: org.founded,
    })),
    links: dataset.collaborations.map((link) => ({
      id: link.id,
      from: link.from,
      to: link.to,
      kind: link.kind,
      since: link.since,
      until: link.until,
      weight: link.weight,
    })),
    capabilities: dataset.capabilities.map((cap) => ({
      id: cap.id,
      name: cap.name,
      nameEn: cap.nameEn,
      broader: cap.broader,
    })),
    offers: dataset.organizationCapabilities.map((row) => ({ orgId: row.orgId, capabilityId: row.capabilityId })),
    needs: dataset.organizationNeeds.map((row) => ({
      orgId: row.orgId,
      capabilityId: row.capabilityId,
      priority: row.priority,
    })),
    hubs: dataset.hubs.map((hub) => ({ id: hub.id, name: hub.name, nameEn: hub.nameEn, lat: hub.lat, lng: hub.lng })),
    events: dataset.events.map((event) => ({ id: event.id, name: event.name, nameEn: event.nameEn, date: event.date })),
    projects: dataset.projects.map((project) => ({
      id: project.id,
      title: project.title,
      titleEn: project.titleEn,
      startYear: project.startYear,
    })),
    attendance: dataset.attendance.map((row) => ({ eventId: row.eventId, orgId: row.orgId })),
    memberships: dataset.projectMembers.map((row) => ({ projectId: row.projectId, orgId: row.orgId })),
  };
}
