// organization-order: the organizations page's order of o by $orderField and $descending, organisations without
// the sort key last, then by name and id so pages never overlap.
WITH o, CASE $orderField
    WHEN 'NAME_EN' THEN toLower(o.nameEn)
    WHEN 'FOUNDED' THEN o.founded
    WHEN 'EMPLOYEES' THEN o.employees
    WHEN 'DEGREE' THEN COUNT { (o)-[:COLLABORATES_WITH]-() }
    ELSE o.name
  END AS sortKey
ORDER BY sortKey IS NULL,
  CASE WHEN $descending THEN null ELSE sortKey END,
  CASE WHEN $descending THEN sortKey ELSE null END DESC,
  o.name, o.id
