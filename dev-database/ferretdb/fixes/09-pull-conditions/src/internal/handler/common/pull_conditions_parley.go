// Parley fix 09-pull-conditions: $pull with a condition removes the array items that match it,
// as MongoDB does (upstream v1.24.2 removes only the items equal to the given value). See the
// fix's README.

package common

import (
	"github.com/FerretDB/FerretDB/internal/handler/handlererrors"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// parleyPullWrapperField is the field under which an item is matched against an operator
// condition ({$gte: 6} is matched as {v: {$gte: 6}} against {v: item}).
const parleyPullWrapperField = "v"

// parleyPullPathOperators are the query operators that apply to a field's value (MongoDB's
// "path-accepting keywords"): a $pull condition whose first field is one of them is an operator
// expression on the items themselves; any other document is a query on embedded documents.
var parleyPullPathOperators = map[string]struct{}{
	"$eq": {}, "$ne": {}, "$gt": {}, "$gte": {}, "$lt": {}, "$lte": {}, "$in": {}, "$nin": {},
	"$exists": {}, "$type": {}, "$mod": {}, "$regex": {}, "$options": {}, "$size": {}, "$all": {},
	"$elemMatch": {}, "$not": {}, "$bitsAllSet": {}, "$bitsAllClear": {}, "$bitsAnySet": {},
	"$bitsAnyClear": {},
}

// parleyPullMatcher tells whether an array item is to be removed.
type parleyPullMatcher func(item any) (bool, error)

// newParleyPullMatcher returns the matcher of a $pull value, as MongoDB's PullNode chooses it:
//   - a document whose first field is a path-accepting operator ({$gte: 6}, {$in: [...]}):
//     the item (of any type) must satisfy the operators;
//   - any other document ({authorId: 'u1'}, {score: {$gt: 3}}, {$or: [...]}): a query on the
//     item, which must be an embedded document (fields not named are ignored);
//   - a regular expression: string items that match it;
//   - anything else: items equal to the value (upstream's behaviour).
func newParleyPullMatcher(pullVal any) parleyPullMatcher {
	switch cond := pullVal.(type) {
	case *types.Document:
		if cond.Len() > 0 {
			first := cond.Keys()[0]
			if _, ok := parleyPullPathOperators[first]; ok {
				return func(item any) (bool, error) {
					return FilterDocument(
						must.NotFail(types.NewDocument(parleyPullWrapperField, item)),
						must.NotFail(types.NewDocument(parleyPullWrapperField, cond)),
					)
				}
			}
		}

		return func(item any) (bool, error) {
			doc, ok := item.(*types.Document)
			if !ok {
				return false, nil
			}

			return FilterDocument(doc, cond)
		}

	case types.Regex:
		return func(item any) (bool, error) {
			return FilterDocument(
				must.NotFail(types.NewDocument(parleyPullWrapperField, item)),
				must.NotFail(types.NewDocument(parleyPullWrapperField, cond)),
			)
		}

	default:
		return func(item any) (bool, error) {
			return types.Compare(item, pullVal) == types.Equal, nil
		}
	}
}

// validatePullConditionsParley checks every condition of a $pull operator before any document
// is read, so that an invalid one is refused even when no document matches, as MongoDB does
// when it parses the update.
func validatePullConditionsParley(pull *types.Document) error {
	if pull == nil {
		return nil
	}

	for _, key := range pull.Keys() {
		cond := must.NotFail(pull.Get(key))
		if _, ok := cond.(*types.Document); !ok {
			continue
		}

		// an empty embedded document is a valid item for any query, so every error a
		// condition can give shows here
		matcher := newParleyPullMatcher(cond)
		if _, err := matcher(types.MakeDocument(0)); err != nil {
			return err
		}
	}

	return nil
}

// processPullParley changes the document according to the $pull update operator with MongoDB's
// conditions. If the document was changed it returns true.
func processPullParley(command string, doc *types.Document, key string, pullVal any) (bool, error) {
	path, err := types.NewPathFromString(key)
	if err != nil {
		return false, lazyerrors.Error(err)
	}

	if !doc.HasByPath(path) {
		if err = checkUnsuitableValueError(command, doc, key, path); err != nil {
			return false, err
		}

		return false, nil
	}

	value, err := doc.GetByPath(path)
	if err != nil {
		return false, lazyerrors.Error(err)
	}

	array, ok := value.(*types.Array)
	if !ok {
		return false, NewUpdateError(
			handlererrors.ErrBadValue,
			"Cannot apply $pull to a non-array value",
			command,
		)
	}

	matches := newParleyPullMatcher(pullVal)

	var changed bool

	for i := array.Len() - 1; i >= 0; i-- {
		remove, err := matches(must.NotFail(array.Get(i)))
		if err != nil {
			return false, err
		}

		if remove {
			array.Remove(i)
			changed = true
		}
	}

	if err = doc.SetByPath(path, array); err != nil {
		return false, lazyerrors.Error(err)
	}

	return changed, nil
}
