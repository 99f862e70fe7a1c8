// organization-fields: an organisation's stored properties as OrganizationRow maps them, inside a map projection;
// the statement adds degree after them, counted on its own variable.
.id, .name, .nameEn, .aliases, .kind, .hubId, .sector, .founded, .employees, .status, .description, .descriptionEn,
.website, .synthetic, .source, .importedAt, .updatedAt, .updatedBy,
