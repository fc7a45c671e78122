package dev.switchback.store;

import dev.switchback.store.PlanDto.SessionDto;
import java.util.List;

/**
 * The templates file ({@code templates.json} in the data folder, docs/plan-format.md "The templates
 * file") as records that mirror its JSON. A template's session is a plan's session without
 * {@code id} and {@code date}: those are given when it is put on a day.
 */
record TemplatesDto(Integer formatVersion, List<SessionTemplateDto> sessionTemplates,
        List<WeekTemplateDto> weekTemplates) {

    record SessionTemplateDto(String name, SessionDto session) {
    }

    record WeekTemplateDto(String name, List<SlotDto> sessions) {
    }

    /** {@code dayOffset}: 0 Monday .. 6 Sunday. */
    record SlotDto(Integer dayOffset, SessionDto session) {
    }
}
