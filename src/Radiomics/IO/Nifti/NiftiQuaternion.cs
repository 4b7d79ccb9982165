namespace Radiomics.IO.Nifti;

/// <summary>
/// niftilib's nifti_mat44_to_quatern for an orthonormal rotation: the quaternion (b, c, d) and qfac
/// (−1 when the matrix is improper, in which case its third column is negated first).
/// </summary>
internal static class NiftiQuaternion
{
    /// <param name="r">3×3 rotation, row-major, columns of unit length.</param>
    public static (double B, double C, double D, double Qfac) FromRotation(double[,] r)
    {
        double r11 = r[0, 0], r12 = r[0, 1], r13 = r[0, 2];
        double r21 = r[1, 0], r22 = r[1, 1], r23 = r[1, 2];
        double r31 = r[2, 0], r32 = r[2, 1], r33 = r[2, 2];
        double det = r11 * r22 * r33 - r11 * r32 * r23 - r21 * r12 * r33 + r21 * r32 * r13 + r31 * r12 * r23 - r31 * r22 * r13;
        double qfac = 1;
        if (det <= 0)
        {
            qfac = -1;
            r13 = -r13;
            r23 = -r23;
            r33 = -r33;
        }

        double a = r11 + r22 + r33 + 1, b, c, d;
        if (a > 0.5)
        {
            a = 0.5 * Math.Sqrt(a);
            b = 0.25 * (r32 - r23) / a;
            c = 0.25 * (r13 - r31) / a;
            d = 0.25 * (r21 - r12) / a;
        }
        else
        {
            double xd = 1 + r11 - (r22 + r33), yd = 1 + r22 - (r11 + r33), zd = 1 + r33 - (r11 + r22);
            if (xd > 1)
            {
                b = 0.5 * Math.Sqrt(xd);
                c = 0.25 * (r12 + r21) / b;
                d = 0.25 * (r13 + r31) / b;
                a = 0.25 * (r32 - r23) / b;
            }
            else if (yd > 1)
            {
                c = 0.5 * Math.Sqrt(yd);
                b = 0.25 * (r12 + r21) / c;
                d = 0.25 * (r23 + r32) / c;
                a = 0.25 * (r13 - r31) / c;
            }
            else
            {
                d = 0.5 * Math.Sqrt(zd);
                b = 0.25 * (r13 + r31) / d;
                c = 0.25 * (r23 + r32) / d;
                a = 0.25 * (r21 - r12) / d;
            }

            if (a < 0)
            {
                b = -b;
                c = -c;
                d = -d;
            }
        }

        return (b, c, d, qfac);
    }
}
