// The organisation's partners: each with its kind, the kinds of their links (line pattern as in the legend) and the
// years they ran; a partner's name selects it, so the panel walks the network.
import type { PartnerDetail } from '../api/api-types';
import { LINK_KIND_STYLES } from '../graph/kind-styles';
import { localName, type Language } from '../i18n/language';
import { formatMessage, messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useDispatch } from '../state/store-context';
import { LineIcon } from './LineIcon';

function yearsText(years: readonly number[], language: Language): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : formatMessage(messages[language].yearsRange, { first, last }, language);
}

export function PartnerList({ partners, language }: { partners: readonly PartnerDetail[]; language: Language }) {
  const dispatch = useDispatch();
  const t = messages[language];
  return (
    <section className="detail__section" data-testid="detail-partners">
      <h4 className="detail__heading">
        {t.partners} <span className="detail__quiet">({partners.length})</span>
      </h4>
      {partners.length === 0 ? (
        <p className="detail__none">{t.noPartners}</p>
      ) : (
        <ul className="partner-list">
          {partners.map((partner) => (
            <li key={partner.organization.id} className="partner" data-id={partner.organization.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => dispatch(actions.selectNode(partner.organization.id))}
              >
                {localName(partner.organization, language)}
              </button>
              <span className="detail__quiet"> · {t.orgKind[partner.organization.kind]}</span>
              {partner.organization.synthetic && <span className="badge badge--synthetic">{t.syntheticBadge}</span>}
              <span className="partner__links">
                {partner.kinds.map((kind) => (
                  <span key={kind} className="partner__kind" data-kind={kind}>
                    <LineIcon style={LINK_KIND_STYLES[kind]} />
                    {t.linkKind[kind]}
                  </span>
                ))}
                <span className="partner__years">{yearsText(partner.years, language)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
