package org.gonghui.demo;

/** An occupation with its code in the national occupation classification (职业分类大典). */
public record DemoOccupation(String code, String name, boolean newEmploymentForm) {
}
