// Parley build of FerretDB: filter, sort, limit and count pushdown to SQLite.
//
// Upstream pushes down only `{_id: <string or ObjectId>}`; every other query reads and decodes the
// whole collection in Go. Here a filter is translated into a WHERE clause as far as it can be:
//
//   - `_id` equality and `$in` of strings or ObjectIds, through the unique `_id` index (other
//     conditions on `_id`, and sorts on it, when a scalar index covers `_id`);
//   - equality, `$eq`, `$ne`, `$in`, `$nin`, `$gt`, `$gte`, `$lt`, `$lte` and `$exists` on fields
//     covered by a scalar index (metadata.ScalarIndexSuffix), with `$and` and `$or` of those.
//
// The handler still applies the whole filter, sort and limit to what the backend returns, so a
// clause that covers only part of the filter is safe: it returns a superset. When the clause covers
// the whole filter exactly, a sort on scalar-index fields becomes ORDER BY and the limit (plus
// skip) becomes LIMIT, and a count becomes SELECT COUNT(*), all answered from SQLite's indexes.
//
// Exactness rests on the scalar-index declaration: those fields hold no arrays and no embedded
// documents, and one BSON type per field, compared with values of that type.

package sqlite

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// pushdown is a translated query.
type pushdown struct {
	where   string // " WHERE …" or empty
	args    []any
	exact   bool   // where is exactly the filter
	orderBy string // " ORDER BY …" for a field sort, or empty
}

// maxInValues bounds the SQL variables of one `$in` list.
const maxInValues = 1000

// buildPushdown translates filter and fieldSort for the collection.
func buildPushdown(meta *metadata.Collection, filter, fieldSort *types.Document) pushdown {
	b := &whereBuilder{scalars: meta.ScalarFields()}

	cond, exact := b.document(filter)

	p := pushdown{args: b.args, exact: exact}
	if cond != "" {
		p.where = " WHERE " + cond
	}

	if fieldSort.Len() > 0 && b.scalars != nil {
		parts := make([]string, 0, fieldSort.Len())

		for _, k := range fieldSort.Keys() {
			col, ok := b.scalars[k]
			if !ok {
				parts = nil
				break
			}

			v, _ := fieldSort.Get(k)
			switch v {
			case int64(1), int32(1), float64(1):
				parts = append(parts, col)
			case int64(-1), int32(-1), float64(-1):
				parts = append(parts, col+" DESC")
			default:
				parts = nil
			}

			if parts == nil {
				break
			}
		}

		if parts != nil {
			p.orderBy = " ORDER BY " + strings.Join(parts, ", ")
		}
	}

	return p
}

// sortable reports whether fieldSort is fully pushed down (an empty sort always is).
func (p pushdown) sortable(fieldSort *types.Document) bool {
	return fieldSort.Len() == 0 || p.orderBy != ""
}

type whereBuilder struct {
	scalars map[string]string
	args    []any
}

// document translates an implicit AND of the document's keys; it returns "" for no condition.
func (b *whereBuilder) document(filter *types.Document) (string, bool) {
	if filter == nil {
		return "", true
	}

	exact := true

	var conds []string

	for _, k := range filter.Keys() {
		v := must.NotFail(filter.Get(k))

		var c string
		var ok bool

		switch k {
		case "$comment":
			continue
		case "$and":
			c, ok = b.logical(v, " AND ")
		case "$or":
			c, ok = b.logical(v, " OR ")
		case "_id":
			// equality and $in through the unique index; other conditions need a scalar index on _id
			if c, ok = b.id(v); ok {
				break
			}

			fallthrough
		default:
			col, scalar := b.scalars[k]
			if !scalar {
				exact = false
				continue
			}

			c, ok = b.field(col, v)
		}

		if !ok {
			exact = false
		}

		if c != "" {
			conds = append(conds, c)
		}
	}

	switch len(conds) {
	case 0:
		return "", exact
	case 1:
		return conds[0], exact
	default:
		return "(" + strings.Join(conds, " AND ") + ")", exact
	}
}

// logical translates `$and` or `$or`. A partial `$and` keeps its translated part;
// `$or` is translated only if every branch is exact.
func (b *whereBuilder) logical(v any, op string) (string, bool) {
	arr, ok := v.(*types.Array)
	if !ok || arr.Len() == 0 {
		return "", false
	}

	mark := len(b.args)
	exact := true

	conds := make([]string, 0, arr.Len())

	for i := 0; i < arr.Len(); i++ {
		doc, isDoc := must.NotFail(arr.Get(i)).(*types.Document)
		if !isDoc {
			b.args = b.args[:mark]
			return "", false
		}

		c, ok := b.document(doc)
		if !ok {
			exact = false
		}

		if c == "" {
			if op == " OR " {
				// a branch without a translatable condition matches anything: no clause
				b.args = b.args[:mark]
				return "", false
			}

			continue
		}

		conds = append(conds, c)
	}

	if op == " OR " && !exact {
		b.args = b.args[:mark]
		return "", false
	}

	if len(conds) == 0 {
		return "", exact
	}

	return "(" + strings.Join(conds, op) + ")", exact
}

// id translates `_id` through the unique `_id` index (JSON text equality).
func (b *whereBuilder) id(v any) (string, bool) {
	switch v := v.(type) {
	case string, types.ObjectID:
		b.args = append(b.args, string(must.NotFail(sjson.MarshalSingleValue(v))))
		return metadata.IDColumn + " = ?", true
	case *types.Document:
		if v.Len() != 1 {
			return "", false
		}

		arg, err := v.Get("$in")
		if err != nil {
			return "", false
		}

		in, ok := arg.(*types.Array)
		if !ok || in.Len() == 0 || in.Len() > maxInValues {
			return "", false
		}

		mark := len(b.args)

		for i := 0; i < in.Len(); i++ {
			switch e := must.NotFail(in.Get(i)).(type) {
			case string, types.ObjectID:
				b.args = append(b.args, string(must.NotFail(sjson.MarshalSingleValue(e))))
			default:
				b.args = b.args[:mark]
				return "", false
			}
		}

		return metadata.IDColumn + " IN (" + placeholders(in.Len()) + ")", true
	default:
		return "", false
	}
}

// field translates the condition on one scalar-index field.
func (b *whereBuilder) field(col string, v any) (string, bool) {
	ops, isDoc := v.(*types.Document)
	if !isDoc || ops.Len() == 0 || !strings.HasPrefix(ops.Keys()[0], "$") {
		return b.eq(col, v)
	}

	exact := true

	var conds []string

	for _, op := range ops.Keys() {
		arg := must.NotFail(ops.Get(op))

		var c string
		var ok bool

		switch op {
		case "$eq":
			c, ok = b.eq(col, arg)
		case "$ne":
			if c, ok = b.eq(col, arg); ok {
				if _, null := arg.(types.NullType); null {
					c = col + " IS NOT NULL"
				} else {
					c = "(" + col + " IS NULL OR NOT (" + c + "))"
				}
			}
		case "$in", "$nin":
			c, ok = b.in(col, arg, op == "$nin")
		case "$gt", "$gte", "$lt", "$lte":
			sqlOp := map[string]string{"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}[op]
			if val, scalar := sqlValue(arg); scalar {
				b.args = append(b.args, val)
				c, ok = col+" "+sqlOp+" ?", true
			}
		case "$exists":
			if flag, isBool := arg.(bool); isBool {
				// json_type tells a stored null (exists) from a missing field
				path := strings.TrimPrefix(col, metadata.DefaultColumn+"->>")
				c = "json_type(" + metadata.DefaultColumn + ", " + path + ") IS "
				if flag {
					c += "NOT NULL"
				} else {
					c += "NULL"
				}

				ok = true
			}
		}

		if !ok {
			exact = false
			continue
		}

		conds = append(conds, c)
	}

	if len(conds) == 0 {
		return "", false
	}

	return strings.Join(conds, " AND "), exact
}

// eq translates equality with a scalar or null (null matches a missing field too).
func (b *whereBuilder) eq(col string, v any) (string, bool) {
	if _, null := v.(types.NullType); null {
		return col + " IS NULL", true
	}

	val, ok := sqlValue(v)
	if !ok {
		return "", false
	}

	b.args = append(b.args, val)

	return col + " = ?", true
}

// in translates `$in` or `$nin` of scalars and null.
func (b *whereBuilder) in(col string, v any, negate bool) (string, bool) {
	arr, ok := v.(*types.Array)
	if !ok || arr.Len() > maxInValues {
		return "", false
	}

	mark := len(b.args)
	withNull := false
	n := 0

	for i := 0; i < arr.Len(); i++ {
		e := must.NotFail(arr.Get(i))
		if _, null := e.(types.NullType); null {
			withNull = true
			continue
		}

		val, scalar := sqlValue(e)
		if !scalar {
			b.args = b.args[:mark]
			return "", false
		}

		b.args = append(b.args, val)
		n++
	}

	var c string

	switch {
	case n == 0 && !withNull:
		c = "0" // $in: [] matches nothing
	case n == 0:
		c = col + " IS NULL"
	case withNull:
		c = "(" + col + " IN (" + placeholders(n) + ") OR " + col + " IS NULL)"
	default:
		c = col + " IN (" + placeholders(n) + ")"
	}

	if negate {
		if n == 0 && !withNull {
			return "1", true
		}

		if withNull {
			// not null and not any of the values
			c = "NOT (" + c + ")"
		} else {
			c = "(" + col + " IS NULL OR NOT (" + c + "))"
		}
	}

	return c, true
}

// sqlValue is the SQL value `->>` yields for a stored scalar of the same BSON type.
func sqlValue(v any) (any, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case types.ObjectID:
		return fmt.Sprintf("%x", [12]byte(v)), true
	case bool:
		if v {
			return int64(1), true
		}

		return int64(0), true
	case int32:
		return int64(v), true
	case int64:
		return v, true
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, false
		}

		return v, true
	case time.Time:
		return v.UnixMilli(), true
	default:
		return nil, false
	}
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
