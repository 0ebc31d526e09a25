package app.skillcurrent.core.assignment;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** A named group of an organisation's members, with the public ids and names of who is in it. */
@Introspected
public record Team(long id, String publicId, String name, List<TeamMember> members) {

    @Introspected
    public record TeamMember(long teamId, long userId, String publicId, String displayName) {
    }
}
