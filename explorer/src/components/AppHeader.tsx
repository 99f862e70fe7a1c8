// The page header: the product name in the current language with the other beneath it, the view's size, the staff
// data import, the caller's role and the API key setting, the language switch.
import { otherLanguage, type Language } from '../i18n/language';
import { formatMessage, messages } from '../i18n/messages';
import { ApiKeySetting, ViewerRole } from './ApiKeySetting';
import { ImportDialog } from './ImportDialog';
import { LanguageToggle } from './LanguageToggle';
import { useViewPayload } from './use-view-payload';

export function AppHeader({ language }: { language: Language }) {
  const graph = useViewPayload();
  const text = messages[language];
  const other = otherLanguage(language);
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">{text.productName}</h1>
        <p className="app-header__subtitle" lang={other}>
          {messages[other].productName}
        </p>
      </div>
      {graph !== null && (
        <p className="app-header__summary" data-testid="graph-summary">
          {formatMessage(text.summary, { nodes: graph.nodes.length, edges: graph.edges.length }, language)}
        </p>
      )}
      <ImportDialog language={language} />
      <ViewerRole language={language} />
      <ApiKeySetting language={language} />
      <LanguageToggle language={language} />
    </header>
  );
}
