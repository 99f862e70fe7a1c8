// load-count-organizations: how many organisations the database holds (the data CLI seeds only an empty one).
// Params: none. Returns: count.
MATCH (n:Organization)
RETURN count(n) AS count
