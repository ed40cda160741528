package kz.adal.content;

import java.util.List;

/** A person declared once in {@code content/people.yml}: the name to use, their role, and other spellings seen. */
public record DeclaredPerson(String name, String role, List<String> aliases, int line) {
}
