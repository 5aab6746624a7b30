package org.jointline.screening.internal.lists;

import java.util.List;

/**
 * One listed party in the one model every list format is read into.
 *
 * @param list      the list it is on: {@code OFAC-SDN}, {@code UN}
 * @param reference the list's own key for it (OFAC ent_num, UN reference number)
 * @param kind      person, organisation, vessel or aircraft
 */
public record ListEntry(String list, String reference, EntryKind kind, String name, List<String> aliases,
                        List<String> addresses, List<String> countries, List<String> datesOfBirth,
                        List<String> identifiers, List<String> programmes, String remarks) {

    public ListEntry {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
        countries = List.copyOf(countries);
        datesOfBirth = List.copyOf(datesOfBirth);
        identifiers = List.copyOf(identifiers);
        programmes = List.copyOf(programmes);
        remarks = remarks == null ? "" : remarks;
    }

    /** Every name the entry goes by: its name first, then its aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).distinct().toList();
    }
}
