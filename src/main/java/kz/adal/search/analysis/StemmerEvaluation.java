package kz.adal.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Measures a stemmer on word forms annotated with their lemma. Recall: the share of pairs of forms with the same
 * lemma that get the same stem. Precision: the share of pairs with the same stem that really share a lemma.
 */
public record StemmerEvaluation(long sameLemmaPairs, long mergedPairs, long correctlyMerged) {

    /** A word form and its dictionary lemma. */
    public record Form(String form, String lemma) {
    }

    public static StemmerEvaluation of(List<Form> forms, UnaryOperator<String> stemmer) {
        List<String> stems = new ArrayList<>(forms.size());
        forms.forEach(f -> stems.add(stemmer.apply(f.form())));
        long sameLemma = 0;
        long merged = 0;
        long correct = 0;
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                boolean lemma = forms.get(i).lemma().equals(forms.get(j).lemma());
                boolean stem = stems.get(i).equals(stems.get(j));
                sameLemma += lemma ? 1 : 0;
                merged += stem ? 1 : 0;
                correct += lemma && stem ? 1 : 0;
            }
        }
        return new StemmerEvaluation(sameLemma, merged, correct);
    }

    public double recall() {
        return sameLemmaPairs == 0 ? 0 : (double) correctlyMerged / sameLemmaPairs;
    }

    public double precision() {
        return mergedPairs == 0 ? 1 : (double) correctlyMerged / mergedPairs;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "recall %.3f (%d of %d same-lemma pairs), precision %.3f (%d of %d merged pairs)",
                recall(), correctlyMerged, sameLemmaPairs, precision(), correctlyMerged, mergedPairs);
    }
}
