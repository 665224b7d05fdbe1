package kz.aumaq.gis.style.sld;

import java.util.List;
import kz.aumaq.gis.style.PropertyFilter;
import kz.aumaq.gis.style.PropertyFilter.Op;

/**
 * The part of OGC Filter 1.0/1.1 a rule can hold: one comparison of one property with one literal.
 * Everything else (And/Or/Not, Like, Between, functions, spatial operators) is reported.
 */
final class FilterReader {

    /** @return the filter, or null when something in it is unsupported (already reported) */
    PropertyFilter read(SldNode filter) {
        List<SldNode> operators = filter.children();
        if (operators.isEmpty()) {
            filter.unsupported("an empty Filter selects nothing; leave it out to select every feature");
            return null;
        }
        PropertyFilter result = null;
        for (int i = 0; i < operators.size(); i++) {
            SldNode op = operators.get(i);
            if (i > 0) {
                op.unsupported("a Filter holds one condition");
                continue;
            }
            result = comparison(op);
        }
        return result;
    }

    private static PropertyFilter comparison(SldNode node) {
        Op op = op(node.name());
        if (op == null) {
            node.unsupported(reasonFor(node.name()));
            return null;
        }
        String matchCase = node.attribute("matchCase");
        if (matchCase != null && matchCase.strip().equalsIgnoreCase("false")) {
            node.unsupported("case-insensitive comparison (matchCase=\"false\") is not supported");
        }
        List<SldNode> operands = node.children();
        if (operands.size() == 2 && operands.get(0).name().equals("PropertyName") && operands.get(1).name().equals("Literal")) {
            return filter(operands.get(0), op, operands.get(1));
        }
        if (operands.size() == 2 && operands.get(0).name().equals("Literal") && operands.get(1).name().equals("PropertyName")) {
            // "5 < x" is "x > 5"
            return filter(operands.get(1), mirrored(op), operands.get(0));
        }
        boolean reported = false;
        for (SldNode o : operands) {
            if (!o.name().equals("PropertyName") && !o.name().equals("Literal")) {
                o.unsupported("expressions (" + o.name() + ") are not supported in filters; compare a PropertyName with a Literal");
                reported = true;
            }
        }
        if (!reported) node.unsupported("a comparison needs exactly one PropertyName and one Literal");
        return null;
    }

    private static PropertyFilter filter(SldNode property, Op op, SldNode literal) {
        String name = property.text();
        String value = literal.text();
        if (name == null) {
            property.unsupported("PropertyName is empty");
            return null;
        }
        return new PropertyFilter(name, op, value == null ? "" : value);
    }

    private static Op op(String element) {
        for (Op op : Op.values()) if (op.ogcName.equals(element)) return op;
        return null;
    }

    private static Op mirrored(Op op) {
        return switch (op) {
            case LT -> Op.GT;
            case LE -> Op.GE;
            case GT -> Op.LT;
            case GE -> Op.LE;
            default -> op;
        };
    }

    private static String reasonFor(String element) {
        return switch (element) {
            case "And", "Or", "Not" -> "combined conditions (" + element + ") are not supported; a rule takes one comparison";
            case "PropertyIsLike", "PropertyIsNull", "PropertyIsNil", "PropertyIsBetween" ->
                    element + " is not supported; use PropertyIsEqualTo, PropertyIsNotEqualTo, PropertyIsLessThan(OrEqualTo) or PropertyIsGreaterThan(OrEqualTo)";
            case "FeatureId", "GmlObjectId" -> "selecting features by id is not supported";
            default -> element + " is not supported in filters (spatial and other operators are not)";
        };
    }
}
