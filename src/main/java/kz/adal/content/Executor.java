package kz.adal.content;

import java.util.Optional;

/** The person who prepared the protocol ("Исполнитель"), with a phone when given. */
public record Executor(String name, Optional<String> phone) {
}
