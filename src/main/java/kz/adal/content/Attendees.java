package kz.adal.content;

import java.util.OptionalInt;

/** Who attended a training event, as the protocol describes them, and how many when counted. */
public record Attendees(String description, OptionalInt count) {
}
