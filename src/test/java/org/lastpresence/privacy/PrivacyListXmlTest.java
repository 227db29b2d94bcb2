package org.lastpresence.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A privacy list as Openfire renders it, read into the rules that apply to outgoing presence. */
class PrivacyListXmlTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "<item type='jid' value='bob@localhost' action='deny' order='1'/>"
                    + "| [deny JID bob@localhost @1]",
            "<item type='jid' value='bob@localhost' action='deny' order='1'><presence-out/></item>"
                    + "| [deny JID bob@localhost @1]",
            "<item type='jid' value='bob@localhost' action='deny' order='1'><message/></item>| []",
            "<item type='jid' value='bob@localhost' action='deny' order='1'><presence-in/><iq/></item>| []",
            "<item type='jid' value='bob@localhost' action='deny' order='1'><message/><presence-out/></item>"
                    + "| [deny JID bob@localhost @1]",
            "<item action='deny' order='7'><presence-out/></item>| [deny EVERYONE @7]",
            "<item type='group' value='Work' action='allow' order='3'/>"
                    + "<item type='subscription' value='none' action='deny' order='2'/>"
                    + "| [deny SUBSCRIPTION none @2, allow GROUP Work @3]",
            "| []"})
    void keepsThePresenceOutItemsInOrder(String items, String expected) throws DocumentException {
        String list = "<list xmlns='jabber:iq:privacy' name='l'>" + (items == null ? "" : items) + "</list>";
        PresenceRules rules = PrivacyListXml.presenceOutRules(DocumentHelper.parseText(list).getRootElement());
        assertEquals(expected, rules.rules().toString());
        assertEquals(expected.equals("[]"), rules == PresenceRules.NONE || rules.rules().equals(List.of()));
    }
}
