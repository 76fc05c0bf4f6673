package org.ypsa.hub.config;

import java.time.Clock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.duty.BankHolidays;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.Replies;

/** Wires the domain (plain Java) into Spring from the bound configuration. */
@Configuration(proxyBeanMethods = false)
public class HubBeans {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BankHolidays bankHolidays(HubProperties p) throws java.io.IOException {
        try (var in = java.nio.file.Files.newInputStream(p.bankHolidaysFile())) {
            return BankHolidays.fromGovUkJson(in);
        }
    }

    @Bean
    Intake intake(HubProperties p, BankHolidays holidays) {
        return new Intake(p.directory(), p.zone(), p.voidReturn().deadline(), holidays);
    }

    @Bean
    DutyRota dutyRota(HubProperties p, BankHolidays holidays) {
        HubProperties.OutOfHours o = p.outOfHours();
        return new DutyRota(p.directory(), holidays, p.zone(), new DutyRota.Windows(o.workStart(), o.workEnd(),
                o.edtFrom(), o.edtUntil(), o.inHoursTeam(), o.reocTeam(), o.edtTeam()));
    }

    @Bean
    org.ypsa.hub.domain.clocks.Timetable timetable(HubProperties p, BankHolidays holidays) {
        return new org.ypsa.hub.domain.clocks.Timetable(p.schedules(), holidays, p.zone(), p.voidReturn().deadline());
    }

    @Bean
    org.ypsa.hub.domain.clocks.Recipients recipients(HubProperties p, DutyRota dutyRota) {
        return new org.ypsa.hub.domain.clocks.Recipients(p.directory(), dutyRota);
    }

    @Bean
    Replies replies(HubProperties p) {
        return new Replies(p.zone());
    }

    @Bean
    OriginalStore originalStore(HubProperties p) {
        return new OriginalStore(p.store().dir().resolve("originals"));
    }

    @Bean
    AuditLog auditLog(HubProperties p, Clock clock, ObjectMapper hubJson) {
        return new AuditLog(p.store().dir().resolve("audit"), clock, hubJson, p.zone());
    }

    @Bean
    ObjectMapper hubJson() {
        return new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
