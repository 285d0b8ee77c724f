// Parley build of FerretDB: scalar indexes.
//
// An index whose name ends with ScalarIndexSuffix is the application's declaration that every
// field of the index holds, in every document of the collection, either nothing (missing or
// null) or a scalar of one BSON type (string, ObjectId, date, bool, or numbers). Such an index is
// created on SQLite's `->>` value of each field (SQL text, integer or real, so SQLite orders
// strings bytewise and numbers and dates numerically, as MongoDB does within one type), and
// queries on those fields are answered by SQLite with that index instead of a scan (see
// ../pushdown.go). Any other index is created exactly as upstream creates it.

package metadata

import (
	"fmt"
	"regexp"
	"strings"
)

// ScalarIndexSuffix marks an index over single-typed scalar fields.
const ScalarIndexSuffix = "__scalar"

// scalarPath is a top-level field name that needs no quoting in a JSON path.
var scalarPath = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// ScalarColumn returns the SQL expression of a scalar-index field, or false if the path cannot be one.
func ScalarColumn(field string) (string, bool) {
	if !scalarPath.MatchString(field) {
		return "", false
	}

	return fmt.Sprintf("%s->>'$.%s'", DefaultColumn, field), true
}

// IsScalarIndex reports whether the index is a scalar index (name suffix and usable field paths).
func IsScalarIndex(index IndexInfo) bool {
	if !strings.HasSuffix(index.Name, ScalarIndexSuffix) || len(index.Key) == 0 {
		return false
	}

	for _, k := range index.Key {
		if _, ok := ScalarColumn(k.Field); !ok {
			return false
		}
	}

	return true
}

// ScalarFields returns the SQL expression of every field covered by a scalar index of the collection.
func (c *Collection) ScalarFields() map[string]string {
	var fields map[string]string

	for _, index := range c.Settings.Indexes {
		if !IsScalarIndex(index) {
			continue
		}

		if fields == nil {
			fields = make(map[string]string)
		}

		for _, k := range index.Key {
			fields[k.Field], _ = ScalarColumn(k.Field)
		}
	}

	return fields
}
