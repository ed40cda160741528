package kz.adal.content;

import java.util.List;

/** Kazakh and Russian terms that mean the same thing, from {@code content/glossary.yml}. */
public record GlossaryEntry(List<String> kk, List<String> ru, int line) {
}
