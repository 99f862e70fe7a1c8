// The shorter lists of the detail panel: capabilities, survey needs, events and projects, each with its empty state.
import type { ReactNode } from 'react';
import type { OrganizationDetail } from '../api/api-types';
import { localName, type Language } from '../i18n/language';
import { formatMessage, messages } from '../i18n/messages';

type Org = OrganizationDetail;

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="detail__section" data-testid={testId}>
      <h4 className="detail__heading">{title}</h4>
      {children}
    </section>
  );
}

export function CapabilityList({ capabilities, language }: { capabilities: Org['capabilities']; language: Language }) {
  const t = messages[language];
  return (
    <Section title={t.capabilities} testId="detail-capabilities">
      {capabilities.length === 0 ? (
        <p className="detail__none">{t.noCapabilities}</p>
      ) : (
        <ul className="chips">
          {capabilities.map((capability) => (
            <li
              key={capability.id}
              className="chip"
              title={capability.broader ? localName(capability.broader, language) : undefined}
            >
              {localName(capability, language)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** `needs` is left out of the answer (undefined) for callers below staff: the demand survey is private. */
export function NeedList({ needs, language }: { needs: Org['needs']; language: Language }) {
  const t = messages[language];
  return (
    <Section title={t.needs} testId="detail-needs">
      {needs === undefined ? (
        <p className="detail__none" data-testid="needs-staff-only">
          {t.needsStaffOnly}
        </p>
      ) : needs.length === 0 ? (
        <p className="detail__none">{t.noNeeds}</p>
      ) : (
        <ul className="detail__list">
          {needs.map((need) => (
            <li key={need.capability.id}>
              {localName(need.capability, language)}{' '}
              <span className="detail__quiet">
                ({formatMessage(t.priority, { priority: need.priority }, language)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function EventList({ events, language }: { events: Org['events']; language: Language }) {
  const t = messages[language];
  return (
    <Section title={t.events} testId="detail-events">
      {events.length === 0 ? (
        <p className="detail__none">{t.noEvents}</p>
      ) : (
        <ul className="detail__list">
          {events.map(({ event, role }) => (
            <li key={event.id}>
              <time dateTime={event.date}>{event.date}</time> {localName(event, language)}{' '}
              <span className="detail__quiet">
                ({t.eventType[event.type]} · {t.attendanceRole[role]})
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function ProjectList({ projects, language }: { projects: Org['projects']; language: Language }) {
  const t = messages[language];
  return (
    <Section title={t.projects} testId="detail-projects">
      {projects.length === 0 ? (
        <p className="detail__none">{t.noProjects}</p>
      ) : (
        <ul className="detail__list">
          {projects.map(({ project, role }) => (
            <li key={project.id}>
              {language === 'en' ? project.titleEn : project.title}{' '}
              <span className="detail__quiet">
                ({project.funder} · {project.startYear}
                {project.endYear !== null && project.endYear !== project.startYear ? `–${project.endYear}` : ''} ·{' '}
                {t.projectRole[role]})
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
