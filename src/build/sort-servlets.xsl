<?xml version="1.0" encoding="UTF-8"?>
<!--
  The merged web.xml with its <servlet> and <servlet-mapping> entries sorted by servlet name (jetty-jspc writes them
  in directory order, which differs between file systems) and jetty-jspc's placement comments dropped.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:j="http://java.sun.com/xml/ns/javaee" exclude-result-prefixes="j">
    <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
    <xsl:strip-space elements="*"/>

    <xsl:template match="@*|node()">
        <xsl:copy>
            <xsl:apply-templates select="@*|node()"/>
        </xsl:copy>
    </xsl:template>

    <xsl:template match="j:web-app">
        <xsl:copy>
            <xsl:apply-templates select="@*|node()[not(self::j:servlet or self::j:servlet-mapping or self::comment())]"/>
            <xsl:apply-templates select="j:servlet">
                <xsl:sort select="j:servlet-name"/>
            </xsl:apply-templates>
            <xsl:apply-templates select="j:servlet-mapping">
                <xsl:sort select="j:servlet-name"/>
            </xsl:apply-templates>
        </xsl:copy>
    </xsl:template>
</xsl:stylesheet>
