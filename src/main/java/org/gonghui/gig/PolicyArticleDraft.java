package org.gonghui.gig;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An article for the policy corner (政策专区). */
public record PolicyArticleDraft(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 20000) String body,
		@Nullable @Size(max = 120) String source, @NotNull LocalDate publishedOn) {
}
