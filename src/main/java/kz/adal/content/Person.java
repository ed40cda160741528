package kz.adal.content;

/** Someone named in a protocol: a speaker, the secretary, a signatory. */
public record Person(String name, String role) {
}
