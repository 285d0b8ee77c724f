// Parley fix 08-push-modifiers: $push with $each applies MongoDB's $position, $sort and $slice
// modifiers (upstream v1.24.2 reads $each and ignores the others). See the fix's README.

package common

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/FerretDB/FerretDB/internal/handler/handlererrors"
	"github.com/FerretDB/FerretDB/internal/handler/handlerparams"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// parleyPushSortField is one field of a $sort document.
type parleyPushSortField struct {
	path  types.Path
	order types.SortType
}

// parleyPush is one parsed $push value: the values to push and its modifiers.
type parleyPush struct {
	values   []any
	position *int64                // nil: append at the end
	slice    *int64                // nil: keep every element
	sorted   bool                  // $sort given
	whole    types.SortType        // $sort: 1 or -1 (whole elements)
	fields   []parleyPushSortField // $sort: {field: 1/-1, ...}
}

// validatePushModifiersParley parses every value of a $push operator, so that an invalid
// modifier is refused before any document is read, as MongoDB does.
func validatePushModifiersParley(command string, push *types.Document) error {
	if push == nil {
		return nil
	}

	for _, value := range push.Values() {
		if _, err := parsePushParley(command, value); err != nil {
			return err
		}
	}

	return nil
}

// parsePushParley parses a $push value as MongoDB does: a document with an $each field is the
// modifier form ($each, $position, $slice, $sort, each at most once, in any order); anything
// else is the one value to push.
func parsePushParley(command string, pushVal any) (*parleyPush, error) {
	pushDoc, ok := pushVal.(*types.Document)
	if !ok || !pushDoc.Has("$each") {
		return &parleyPush{values: []any{pushVal}}, nil
	}

	p := new(parleyPush)
	seen := map[string]bool{}

	for _, name := range pushDoc.Keys() {
		switch name {
		case "$each", "$position", "$slice", "$sort":
		default:
			return nil, NewUpdateError(handlererrors.ErrBadValue, "Unrecognized clause in $push: "+name, command)
		}

		if seen[name] {
			return nil, NewUpdateError(handlererrors.ErrBadValue, fmt.Sprintf("Only one %s is supported.", name), command)
		}

		seen[name] = true
	}

	eachRaw := must.NotFail(pushDoc.Get("$each"))

	each, ok := eachRaw.(*types.Array)
	if !ok {
		return nil, NewUpdateError(
			handlererrors.ErrBadValue,
			fmt.Sprintf(
				"The argument to $each in $push must be an array but it was of type: %s",
				handlerparams.AliasFromType(eachRaw),
			),
			command,
		)
	}

	for i := range each.Len() {
		p.values = append(p.values, must.NotFail(each.Get(i)))
	}

	if pushDoc.Has("$slice") {
		v := must.NotFail(pushDoc.Get("$slice"))

		n, err := parleyPushInteger(v)
		if err != nil {
			if isParleyPushNumber(v) {
				return nil, NewUpdateError(
					handlererrors.ErrBadValue,
					fmt.Sprintf("The value for $slice must be an integer value but was given %s", types.FormatAnyValue(v)),
					command,
				)
			}

			return nil, NewUpdateError(
				handlererrors.ErrBadValue,
				fmt.Sprintf(
					"The value for $slice must be an integer value but was given type: %s",
					handlerparams.AliasFromType(v),
				),
				command,
			)
		}

		p.slice = &n
	}

	if pushDoc.Has("$sort") {
		if err := p.parseSort(command, must.NotFail(pushDoc.Get("$sort"))); err != nil {
			return nil, err
		}
	}

	if pushDoc.Has("$position") {
		v := must.NotFail(pushDoc.Get("$position"))

		n, err := parleyPushInteger(v)
		if err != nil {
			if isParleyPushNumber(v) {
				return nil, NewUpdateError(
					handlererrors.ErrBadValue,
					fmt.Sprintf("The value for $position must be an integer value, not %s", types.FormatAnyValue(v)),
					command,
				)
			}

			return nil, NewUpdateError(
				handlererrors.ErrBadValue,
				fmt.Sprintf(
					"The value for $position must be an integer value, not of type: %s",
					handlerparams.AliasFromType(v),
				),
				command,
			)
		}

		p.position = &n
	}

	return p, nil
}

// parseSort parses $sort: 1 or -1 sorts whole elements, a document sorts by its fields.
func (p *parleyPush) parseSort(command string, v any) error {
	const badOrder = "The $sort element value must be either 1 or -1"

	p.sorted = true

	switch v := v.(type) {
	case *types.Document:
		if v.Len() == 0 {
			return NewUpdateError(
				handlererrors.ErrBadValue, "The $sort pattern is empty when it should be a set of fields.", command,
			)
		}

		keys, values := v.Keys(), v.Values()

		for i, key := range keys {
			order, ok := parleyPushSortOrder(values[i])
			if !ok {
				return NewUpdateError(handlererrors.ErrBadValue, badOrder, command)
			}

			if key == "" {
				return NewUpdateError(handlererrors.ErrBadValue, "The $sort field cannot be empty", command)
			}

			for _, part := range strings.Split(key, ".") {
				if part == "" {
					return NewUpdateError(
						handlererrors.ErrBadValue,
						"The $sort field is a dotted field but has an empty part: "+key,
						command,
					)
				}
			}

			p.fields = append(p.fields, parleyPushSortField{path: must.NotFail(types.NewPathFromString(key)), order: order})
		}

		return nil

	case float64, int32, int64:
		order, ok := parleyPushSortOrder(v)
		if !ok {
			return NewUpdateError(handlererrors.ErrBadValue, badOrder, command)
		}

		p.whole = order

		return nil

	default:
		return NewUpdateError(
			handlererrors.ErrBadValue,
			"The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1} to sort embedded fields",
			command,
		)
	}
}

// parleyPushSortOrder returns the order of a $sort value: a number equal to 1 or -1.
func parleyPushSortOrder(v any) (types.SortType, bool) {
	var f float64

	switch v := v.(type) {
	case float64:
		f = v
	case int32:
		f = float64(v)
	case int64:
		f = float64(v)
	default:
		return 0, false
	}

	switch f {
	case 1:
		return types.Ascending, true
	case -1:
		return types.Descending, true
	default:
		return 0, false
	}
}

func isParleyPushNumber(v any) bool {
	switch v.(type) {
	case float64, int32, int64:
		return true
	default:
		return false
	}
}

// parleyPushInteger returns a number that holds an integer (a double without a fraction) as int64.
func parleyPushInteger(v any) (int64, error) {
	switch v := v.(type) {
	case int32:
		return int64(v), nil
	case int64:
		return v, nil
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) || v != math.Trunc(v) || v < math.MinInt64 || v >= math.MaxInt64 {
			return 0, lazyerrors.Errorf("not an integer: %v", v)
		}

		return int64(v), nil
	default:
		return 0, lazyerrors.Errorf("not a number: %T", v)
	}
}

// processPushParley changes document according to $push (MongoDB's order: insert the values
// at $position or at the end, then $sort, then $slice). It returns true if the document changed.
func processPushParley(command string, doc *types.Document, key string, pushVal any) (bool, error) {
	p, err := parsePushParley(command, pushVal)
	if err != nil {
		return false, err
	}

	path, err := types.NewPathFromString(key)
	if err != nil {
		return false, lazyerrors.Error(err)
	}

	var created bool

	// If the path does not exist, create a new array and set it.
	if !doc.HasByPath(path) {
		if err = doc.SetByPath(path, types.MakeArray(0)); err != nil {
			return false, NewUpdateError(handlererrors.ErrUnsuitableValueType, err.Error(), command)
		}

		created = true
	}

	value, err := doc.GetByPath(path)
	if err != nil {
		return false, err
	}

	array, ok := value.(*types.Array)
	if !ok {
		return false, NewUpdateError(
			handlererrors.ErrBadValue,
			fmt.Sprintf(
				"The field '%s' must be an array but is of type '%s' in document {_id: %s}",
				key, handlerparams.AliasFromType(value), types.FormatAnyValue(must.NotFail(doc.Get("_id"))),
			),
			command,
		)
	}

	elems := make([]any, 0, array.Len()+len(p.values))
	for i := range array.Len() {
		elems = append(elems, must.NotFail(array.Get(i)))
	}

	size := int64(len(elems))
	at := size // append

	if p.position != nil && size > 0 {
		switch pos := *p.position; {
		case pos > size:
			at = size
		case pos > 0:
			at = pos
		case pos < 0 && -pos < size:
			at = size + pos
		default:
			at = 0
		}
	}

	for i, v := range p.values {
		if d, ok := v.(*types.Document); ok {
			for _, k := range d.Keys() {
				if strings.HasPrefix(k, "$") {
					return false, NewUpdateError(
						handlererrors.ErrDollarPrefixedFieldName,
						fmt.Sprintf(
							"The dollar ($) prefixed field '%s' in '%s.%d.%s' is not valid for storage.",
							k, key, at+int64(i), k,
						),
						command,
					)
				}
			}
		}
	}

	result := make([]any, 0, len(elems)+len(p.values))
	result = append(result, elems[:at]...)
	result = append(result, p.values...)
	result = append(result, elems[at:]...)

	if p.sorted {
		sort.SliceStable(result, func(i, j int) bool {
			return p.less(result[i], result[j])
		})
	}

	if p.slice != nil {
		n := *p.slice
		if n < 0 {
			n = -n
		}

		if int64(len(result)) > n {
			if *p.slice >= 0 {
				result = result[:n]
			} else {
				result = result[int64(len(result))-n:]
			}
		}
	}

	updated, err := types.NewArray(result...)
	if err != nil {
		return false, lazyerrors.Error(err)
	}

	if err = doc.SetByPath(path, updated); err != nil {
		return false, lazyerrors.Error(err)
	}

	return created || !types.Identical(array, updated), nil
}

// less orders two elements by $sort: whole values by BSON comparison order (arrays and documents
// compared element by element); by a sort document, the fields of each element in turn (a
// missing field, or an element that is not a document, sorts as null).
func (p *parleyPush) less(a, b any) bool {
	if p.fields == nil {
		return parleyPushCompare(a, b, p.whole) == types.Less
	}

	for _, f := range p.fields {
		if res := parleyPushCompare(parleyPushSortKey(a, f.path), parleyPushSortKey(b, f.path), f.order); res != types.Equal {
			return res == types.Less
		}
	}

	return false
}

func parleyPushSortKey(v any, path types.Path) any {
	d, ok := v.(*types.Document)
	if !ok {
		return types.Null
	}

	res, err := d.GetByPath(path)
	if err != nil || res == nil {
		return types.Null
	}

	return res
}

func parleyPushCompare(a, b any, order types.SortType) types.CompareResult {
	res := types.CompareForAggregation(a, b)

	if order == types.Descending {
		switch res {
		case types.Less:
			return types.Greater
		case types.Greater:
			return types.Less
		}
	}

	return res
}
