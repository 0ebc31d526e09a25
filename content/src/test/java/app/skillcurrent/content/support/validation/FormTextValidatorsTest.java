package app.skillcurrent.content.support.validation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormTextValidatorsTest {

    @Introspected
    record Sample(@Nullable @WholeNumber(min = 1, max = 500, message = "seats") String seats,
                  @Nullable @IsoDate(message = "due") String due,
                  @Nullable @OneOf(value = {"WEEK", "MONTH"}, message = "period") String period) {
    }

    @Introspected
    record Entry(@Nullable @Slug(message = "slug") String slug,
                 @Nullable @WebAddress(message = "address") String address,
                 @Nullable @NotInFuture(message = "future") String happenedOn,
                 @Nullable @WholeNumber(message = "ids") List<String> ids) {
    }

    @Introspected
    record Hours(@Nullable @DecimalNumber(maxDecimals = 2, message = "hours") String hours) {
    }

    @Introspected
    record Person(@Nullable @PlainLine(message = "name") String name,
                  @Nullable @EmailAddress(message = "email") String email) {
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static ApplicationContext context;
    private static Validator validator;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run();
        validator = context.getBean(Validator.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void acceptsWellFormedTextAndLeavesEmptyTextToNotBlank() {
        assertThat(problems(new Sample("1", "2026-12-03", "WEEK"))).isEmpty();
        assertThat(problems(new Sample(" 500 ", "9999-12-31", "MONTH"))).isEmpty();
        assertThat(problems(new Sample(null, null, null))).isEmpty();
        assertThat(problems(new Sample("", " ", ""))).isEmpty();
    }

    @Test
    void refusesEachFieldWithItsOwnMessage() {
        assertThat(problems(new Sample("0", null, null))).containsExactly("seats");
        assertThat(problems(new Sample("501", null, null))).containsExactly("seats");
        assertThat(problems(new Sample("1.5", null, null))).containsExactly("seats");
        assertThat(problems(new Sample("99999999999999999999", null, null))).containsExactly("seats");
        assertThat(problems(new Sample(null, "2026-02-30", null))).containsExactly("due");
        assertThat(problems(new Sample(null, "-999999999-01-01", null))).containsExactly("due");
        assertThat(problems(new Sample(null, "0000-01-01", null))).containsExactly("due");
        assertThat(problems(new Sample(null, null, "week"))).containsExactly("period");
    }

    @Test
    void acceptsSlugsAddressesPastDatesAndNumberListsAndLeavesEmptyTextAlone() {
        assertThat(problems(new Entry("tiktok-shop-basics", "https://example.com/news", TODAY.toString(), List.of("1", "22"))))
                .isEmpty();
        assertThat(problems(new Entry("a".repeat(Slug.MAX_LENGTH), " http://example.com ", TODAY.plusDays(1).toString(), List.of())))
                .as("the longest slug, an address with spaces around it, tomorrow for time zones ahead of UTC")
                .isEmpty();
        assertThat(problems(new Entry("", " ", "", null))).isEmpty();
        assertThat(problems(new Entry(null, null, "not a date", null))).as("a malformed date is @IsoDate's to report").isEmpty();
    }

    @Test
    void refusesMalformedSlugsAddressesFutureDatesAndListsWithAnythingButNumbers() {
        assertThat(problems(new Entry("Not A Slug!", null, null, null))).containsExactly("slug");
        assertThat(problems(new Entry("double--hyphen", null, null, null))).containsExactly("slug");
        assertThat(problems(new Entry("-leading", null, null, null))).containsExactly("slug");
        assertThat(problems(new Entry("a".repeat(Slug.MAX_LENGTH + 1), null, null, null))).containsExactly("slug");
        assertThat(problems(new Entry(null, "ftp://example.com/notes", null, null))).containsExactly("address");
        assertThat(problems(new Entry(null, "https://", null, null))).containsExactly("address");
        assertThat(problems(new Entry(null, "https://example.com/" + "a".repeat(WebAddress.MAX_LENGTH), null, null)))
                .containsExactly("address");
        assertThat(problems(new Entry(null, null, TODAY.plusDays(2).toString(), null))).containsExactly("future");
        assertThat(problems(new Entry(null, null, null, List.of("3", "shop")))).containsExactly("ids");
    }

    @Test
    void decimalsMayBeWrittenWithAPointOrACommaButNotAsExponents() {
        for (String typed : List.of("3", " 1.5 ", "1,5", ",25", "7.", "-2", "+0.75", "", " ")) {
            assertThat(problems(new Hours(typed))).as(typed).isEmpty();
        }
        for (String typed : List.of("lots", "1.5.1", "1,5,1", "1.255", "1e3", "1e-2000000000", ".", "-", "1 000", "0x10")) {
            assertThat(problems(new Hours(typed))).as(typed).containsExactly("hours");
        }
    }

    @Test
    void aNameMayBeInAnyScriptButHoldsNoControlOrDirectionCharacters() {
        for (String name : List.of("Maria Jensen", "Søren Ågård", "Jürgen Müller-Lüdenscheidt", "O'Brien, Seán",
                "李小龍", "محمد علي", "Zoë 🎓")) {
            assertThat(problems(new Person(name, null))).as(name).isEmpty();
        }
        for (String name : List.of("Ann\u0000", "Line\nbreak", "Carriage\rreturn", "Tab\tbed", "Bell\u0007",
                "C1\u0085", "Ann\u202Enimda", "Embed\u202A", "Isolate\u2066x\u2069", "Mark\u200F",
                "Half\uD83C")) {
            assertThat(problems(new Person(name, null))).as("%s", name.codePoints().boxed().toList()).containsExactly("name");
        }
    }

    @Test
    void anEmailAddressIsThePlainKindPeopleType() {
        for (String email : List.of("maria@example.com", "first.last+tag@mail.example.co.uk", "o'brien@example.ie",
                "søren@eksempel.dk", "x_y-z@sub-domain.example.org", "a@b.xn--p1ai")) {
            assertThat(problems(new Person(null, email))).as(email).isEmpty();
        }
        for (String email : List.of("<script>@example.com", "a<b>@example.com", "\"quoted\"@example.com",
                "name@example.com<img src=x>", "name@[127.0.0.1]", "a b@example.com", "a@example", "a@example.c",
                ".lead@example.com", "trail.@example.com", "two..dots@example.com", "a@-example.com", "a@example-.com",
                "a@exa_mple.com", "semi;colon@example.com", "back\\slash@example.com", "new\nline@example.com",
                "rtl\u202E@example.com", "(comment)a@example.com", "a@@example.com",
                "l".repeat(65) + "@example.com", "a@" + "b".repeat(250) + ".com")) {
            assertThat(problems(new Person(null, email))).as(email).containsExactly("email");
        }
    }

    private static <T> List<String> problems(T sample) {
        return validator.validate(sample).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }
}
