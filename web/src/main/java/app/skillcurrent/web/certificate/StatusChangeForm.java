package app.skillcurrent.web.certificate;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.OneOf;
import app.skillcurrent.core.certificate.CertificateAdministration;
import app.skillcurrent.core.certificate.CertificateAdministration.Action;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * A status form of the verification page: which change (the form's hidden field), why (shown on the page
 * afterwards), and for revoking, which is final, the ticked confirmation ({@code confirm=yes}).
 */
@Serdeable
@Introspected
@RevocationConfirmed(message = "error.certificate.confirmRevoke")
record StatusChangeForm(
        @Label("certificate.admin.action") @NotBlank(message = "error.certificate.unknownAction")
        @OneOf(value = {"suspend", "reinstate", "revoke"}, message = "error.certificate.unknownAction") @Nullable String action,
        @NotBlank(message = "error.required")
        @Size(max = CertificateAdministration.MAX_REASON, message = "error.tooLong.500") @Label("certificate.admin.reason") @Nullable String reason,
        @Label("certificate.admin.confirmRevoke") @Nullable String confirm) {

    private static final String CONFIRMED = "yes";

    /** The action is matched whatever its case, as the forms always sent it in lower case. */
    StatusChangeForm {
        action = action == null ? null : action.toLowerCase(Locale.ROOT);
    }

    /** The change asked for; only call it on a valid form. */
    Action chosen() {
        return Action.valueOf(action.toUpperCase(Locale.ROOT));
    }

    boolean revokes() {
        return "revoke".equals(action);
    }

    boolean confirmed() {
        return CONFIRMED.equals(confirm);
    }
}
