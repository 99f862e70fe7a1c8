// An organisation's name in a dashboard list, as a button that selects it (with its kind's shape and colour).
import type { RankedOrganization } from '../../api/dashboard-types';
import { ORG_KIND_STYLES } from '../../graph/kind-styles';
import { localName, type Language } from '../../i18n/language';
import { formatMessage, messages } from '../../i18n/messages';
import { useAppState } from '../../state/store-context';
import { ShapeIcon } from '../ShapeIcon';
import { useSelectOrganization } from './use-select-organization';

export function OrganizationButton({
  organization,
  language,
}: {
  organization: RankedOrganization;
  language: Language;
}) {
  const select = useSelectOrganization();
  const selected = useAppState((state) => state.selected === organization.id);
  const name = localName(organization, language);
  const style = ORG_KIND_STYLES[organization.kind];
  return (
    <button
      type="button"
      className="link-button org-button"
      aria-pressed={selected}
      aria-label={formatMessage(messages[language].dashboard.selectOrganization, { name }, language)}
      data-org-id={organization.id}
      onClick={() => select(organization.id)}
    >
      <ShapeIcon shape={style.shape} color={style.color} />
      <span>{name}</span>
    </button>
  );
}
