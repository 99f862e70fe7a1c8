// 004-search-keys: the search keys of capabilities and hubs (written by the loader like organisations' in 002),
// so `search` finds them by substring and 초성 through text indexes rather than label scans.
CREATE TEXT INDEX capability_search_text IF NOT EXISTS FOR (n:Capability) ON (n.searchText);
CREATE TEXT INDEX capability_search_choseong IF NOT EXISTS FOR (n:Capability) ON (n.searchChoseong);
CREATE TEXT INDEX hub_search_text IF NOT EXISTS FOR (n:Hub) ON (n.searchText);
CREATE TEXT INDEX hub_search_choseong IF NOT EXISTS FOR (n:Hub) ON (n.searchChoseong);
